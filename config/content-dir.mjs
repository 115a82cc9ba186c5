// The content directory, from the project root. Tests and benchmarks point KB_CONTENT_DIR at
// a fixture or a generated folder; everything else uses src/content.
export const contentDir = process.env.KB_CONTENT_DIR ?? 'src/content';
