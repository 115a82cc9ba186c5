import { describe, expect, it } from 'vitest';
import { placeText } from './record';

describe('placeText', () => {
  it('names up to three municipalities and counts the rest', () => {
    expect(placeText([])).toBe('');
    expect(placeText(['Verdal'])).toBe('Verdal');
    expect(placeText(['Drammen', 'Øvre Eiker'])).toBe('Drammen og Øvre Eiker');
    expect(placeText(['Alta', 'Hammerfest', 'Tana'])).toBe('Alta, Hammerfest og Tana');
    expect(placeText(['Alta', 'Hammerfest', 'Tana', 'Bodø', 'Tromsø'])).toBe('Alta, Hammerfest, Tana og 2 til');
  });
});
