import { TEXTS_EN } from './texts.en.js';
export const TEXTS_FR = { ...TEXTS_EN, lang: 'fr' as const };
