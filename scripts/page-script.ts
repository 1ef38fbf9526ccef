/**
 * A page script (bench/probe.ts, tests/support/ux-page.ts) as the text a page runs: TypeScript types taken out by
 * `typescript.transpileModule`, one file alone, nothing added (no helpers, no imports, no module wrapper), so it
 * can be injected with `page.addInitScript({ content })`. Type-checking is tsc's job (tsconfig.page.json).
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** The script at `url` (a `.ts` file beside the caller, as `new URL('…', import.meta.url)`), as JavaScript. */
export function pageScript(url: URL): string {
  const source = readFileSync(url, 'utf8');
  const { outputText, diagnostics = [] } = ts.transpileModule(source, {
    fileName: url.pathname,
    reportDiagnostics: true,
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.Preserve,
      moduleDetection: ts.ModuleDetectionKind.Legacy,
      useDefineForClassFields: true,
      removeComments: false,
    },
  });
  if (diagnostics.length > 0) {
    const messages = diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    throw new Error(`${url.pathname}: ${messages.join('; ')}`);
  }
  return outputText;
}
