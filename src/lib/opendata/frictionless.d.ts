/** The parts of the Frictionless validators (npm datapackage, tableschema; no bundled types) that the tests use. */
declare module 'datapackage' {
  export interface Resource {
    readonly name: string;
    readonly tabular: boolean;
    readonly headers: string[] | null;
    readonly descriptor: Record<string, unknown> & { schema?: Record<string, unknown> };
    read(options?: { keyed?: boolean; relations?: boolean; cast?: boolean }): Promise<unknown[]>;
  }
  export class Package {
    static load(descriptor: unknown, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly resources: Resource[];
    getResource(name: string): Resource | null;
  }
}

declare module 'tableschema' {
  export class Schema {
    static load(descriptor: unknown): Promise<Schema>;
    readonly valid: boolean;
    readonly errors: Error[];
  }
}
