import type { Tree } from '@nx/devkit';

/** Reads a workspace file the generators must edit; a missing one means the layout changed. */
export function read(tree: Tree, path: string): string {
  const text = tree.read(path, 'utf-8');
  if (text === null) throw new Error(`${path} is missing: the generators' registry anchors need updating`);
  return text;
}

/** Inserts `text` before the first match of `anchor` (after it with `after`), once: reruns change nothing. */
export function insertAt(
  tree: Tree,
  path: string,
  anchor: string | RegExp,
  text: string,
  options: { after?: boolean; unlessPresent?: string } = {},
): void {
  const source = read(tree, path);
  if (source.includes(options.unlessPresent ?? text)) return;
  const match =
    typeof anchor === 'string' ? { index: source.indexOf(anchor), 0: anchor } : anchor.exec(source);
  if (!match || match.index < 0) throw new Error(`${path}: anchor ${String(anchor)} not found`);
  const at = options.after ? match.index + match[0].length : match.index;
  tree.write(path, source.slice(0, at) + text + source.slice(at));
}

/** Adds a value to a JSON array property, keeping it sorted by insertion. */
export function addToJsonArray(tree: Tree, path: string, key: string, value: string): void {
  const json = JSON.parse(read(tree, path)) as Record<string, unknown>;
  const list = (json[key] as string[] | undefined) ?? [];
  if (!list.includes(value)) json[key] = [...list, value];
  tree.write(path, `${JSON.stringify(json, null, 2)}\n`);
}
