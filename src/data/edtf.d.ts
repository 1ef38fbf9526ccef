// The edtf package ships no type declarations; this covers the small part we use.
declare module 'edtf' {
  interface EdtfValue {
    readonly type: string;
    /** First millisecond; `-Infinity` for an open start, `null` for an unknown one or a year out of range. */
    readonly min: number | null;
    readonly max: number | null;
    readonly precision?: number;
    readonly approximate?: { readonly value: number };
    readonly uncertain?: { readonly value: number };
    /** One bit per digit of YYYYMMDD given as X. */
    readonly unspecified?: { readonly value: number };
    /** Seasons: 21 to 41, and their year. */
    readonly season?: number;
    readonly year?: number;
    /** Interval ends: a date, a number (`±Infinity`, an open end) or null (an unknown end). */
    readonly lower?: EdtfValue | number | null;
    readonly upper?: EdtfValue | number | null;
  }
  /** The grammar's plain parse tree; `type` comes from the grammar, not from class names. */
  interface EdtfTree {
    readonly type: string;
    readonly values?: readonly unknown[];
  }
  /** From a string, or from the tree `parse` gave (parsed once instead of twice). */
  export default function edtf(input: string | EdtfTree): EdtfValue;
  export function parse(input: string): EdtfTree;
}
