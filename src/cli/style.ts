/** ANSI styling, used only when the output is a terminal and NO_COLOR is unset (no-color.org). */
export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  type(text: string): string;
  warn(text: string): string;
}

const plain: Style = { bold: (t) => t, dim: (t) => t, type: (t) => t, warn: (t) => t };

const ansi = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

const coloured: Style = {
  bold: ansi(1, 22),
  dim: ansi(2, 22),
  type: ansi(36, 39),
  warn: ansi(33, 39),
};

export function styleFor(isTTY: boolean, env: NodeJS.ProcessEnv = process.env): Style {
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  return isTTY && !noColor ? coloured : plain;
}
