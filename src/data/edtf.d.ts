// The edtf package ships no type declarations; this covers the small part we use.
declare module 'edtf' {
  interface EdtfValue {
    readonly type: string;
    readonly min: number;
    readonly max: number;
    readonly precision?: number;
    readonly approximate?: { readonly value: number };
    readonly uncertain?: { readonly value: number };
    readonly lower?: EdtfValue;
    readonly upper?: EdtfValue;
  }
  /** The grammar's plain parse tree; `type` comes from the grammar, not from class names. */
  interface EdtfTree {
    readonly type: string;
    readonly values?: readonly unknown[];
  }
  export default function edtf(input: string): EdtfValue;
  export function parse(input: string): EdtfTree;
}
