/**
 * The subset of CloudWatch metric math the health presets use: SEARCH('{schema} terms', 'Stat', Period),
 * optionally wrapped in SUM(...) or MAX(...). Anything else is reported as unsupported rather than guessed.
 */
export interface SearchExpression {
  /** SUM(...) or MAX(...) around the search: one series instead of one per metric. */
  aggregate?: 'SUM' | 'MAX';
  namespace: string;
  /** The schema's dimension names: a metric matches only with exactly these dimensions. */
  dimensionNames: string[];
  /** MetricName="..." and Dimension="value" terms, all required. */
  terms: Record<string, string>;
  stat: string;
  period: number;
}

const searchCall = /^SEARCH\(\s*'((?:[^'\\]|\\.)*)'\s*,\s*'([A-Za-z0-9.]+)'\s*,\s*(\d+)\s*\)$/;

export function parseSearchExpression(expression: string): SearchExpression | undefined {
  let text = expression.trim();
  let aggregate: SearchExpression['aggregate'];
  const outer = /^(SUM|MAX)\((.*)\)$/s.exec(text);
  if (outer) {
    aggregate = outer[1] as 'SUM' | 'MAX';
    text = outer[2]!.trim();
  }
  const call = searchCall.exec(text);
  if (!call) return undefined;
  const [, query, stat, period] = call;
  const schema = /^\{([^}]*)\}\s*(.*)$/s.exec(query!.trim());
  if (!schema) return undefined;
  const parts = schema[1]!.split(',').map((part) => part.trim().replace(/^"(.*)"$/, '$1'));
  const [namespace, ...dimensionNames] = parts;
  if (!namespace) return undefined;
  const terms: Record<string, string> = {};
  const termPattern = /([A-Za-z0-9_.-]+)\s*=\s*"([^"]*)"/g;
  const rest = schema[2]!;
  let consumed = rest;
  for (const match of rest.matchAll(termPattern)) {
    terms[match[1]!] = match[2]!;
    consumed = consumed.replace(match[0], '');
  }
  if (consumed.trim() !== '') return undefined;
  return {
    ...(aggregate ? { aggregate } : {}),
    namespace,
    dimensionNames,
    terms,
    stat: stat!,
    period: Number(period),
  };
}
