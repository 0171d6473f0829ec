// Month names, normalized when loaded (أ/إ/آ → ا, ة → ه at word end, ى → ي)
// as the dates pass matches them. Arabic news names the Gregorian
// months in three series, and often pairs two of them (أكتوبر/تشرين الأول).
import { normalize } from '../text/normalize.js';

/** A month name: its words (normalized) and its number. */
export interface MonthName {
  words: string[];
  month: number;
  /**
   * True for names that are also ordinary words (مارس "practised", آب
   * "father" and inside باب, ماي, نيسان the car maker, شباط a surname): such
   * a name is a month only with a day, a year, a modifier or a paired name.
   */
  ambiguous?: boolean;
}

const LEVANTINE: Array<[string, number, boolean?]> = [
  ['كانون الثاني', 1], ['كانون ثاني', 1], ['كانون ثان', 1], ['شباط', 2, true], ['اذار', 3], ['نيسان', 4, true],
  ['ايار', 5], ['حزيران', 6], ['تموز', 7], ['اب', 8, true], ['ايلول', 9],
  ['تشرين الاول', 10], ['تشرين اول', 10], ['تشرين الثاني', 11], ['تشرين ثاني', 11], ['تشرين ثان', 11],
  ['كانون الاول', 12], ['كانون اول', 12],
];

// Egyptian/Gulf spellings, including the Persian yeh (ی) some sites type.
const EGYPTIAN: Array<[string, number, boolean?]> = [
  ['يناير', 1], ['فبراير', 2], ['فبرایر', 2], ['مارس', 3, true], ['ابريل', 4], ['ابریل', 4],
  ['مايو', 5], ['يونيو', 6], ['يونيه', 6], ['يوليو', 7], ['يوليه', 7],
  ['اغسطس', 8], ['سبتمبر', 9], ['اكتوبر', 10], ['نوفمبر', 11], ['ديسمبر', 12],
];

const MAGHREBI: Array<[string, number, boolean?]> = [
  ['جانفي', 1], ['فيفري', 2], ['افريل', 4], ['ماي', 5, true], ['جوان', 6, true],
  ['جويليه', 7], ['اوت', 8, true],
];

function names(rows: Array<[string, number, boolean?]>): MonthName[] {
  return rows.map(([name, month, ambiguous]) => ({ words: normalize(name).split(' '), month, ...(ambiguous ? { ambiguous } : {}) }));
}

export const GREGORIAN_MONTHS: MonthName[] = [...names(LEVANTINE), ...names(EGYPTIAN), ...names(MAGHREBI)];

// Hijri months. محرم، صفر، رجب، شعبان، رمضان are also words and names
// (صفر "zero", رجب طيب أردوغان, محمد رمضان), so the pass accepts a Hijri
// month only with a day, a Hijri year or a modifier.
const HIJRI: Array<[string, number]> = [
  ['محرم', 1], ['صفر', 2], ['ربيع الاول', 3], ['ربيع اول', 3],
  ['ربيع الاخر', 4], ['ربيع الثاني', 4], ['ربيع ثاني', 4],
  ['جمادي الاولي', 5], ['جمادي الاول', 5], ['جمادي الاخره', 6], ['جمادي الثانيه', 6], ['جمادي الاخر', 6],
  ['رجب', 7], ['شعبان', 8], ['رمضان', 9], ['شوال', 10],
  ['ذو القعده', 11], ['ذي القعده', 11], ['ذو الحجه', 12], ['ذي الحجه', 12],
];

export const HIJRI_MONTHS: MonthName[] = names(HIJRI);

/** Month names for the English evidence text a hover shows. */
export const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July',
  'August', 'September', 'October', 'November', 'December'];
