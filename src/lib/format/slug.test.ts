import { describe, expect, it } from 'vitest';
import { slugify } from './slug';

describe('slugify', () => {
  it('transliterates æ, ø and å and joins words with hyphens', () => {
    expect(slugify('Møre og Romsdal')).toBe('more-og-romsdal');
    expect(slugify('Nærvær')).toBe('naervaer');
    expect(slugify('Østre Toten')).toBe('ostre-toten');
    expect(slugify('Sogn og Fjordane')).toBe('sogn-og-fjordane');
    expect(slugify('  «NED med fraværet»! ')).toBe('ned-med-fravaeret');
  });
});
