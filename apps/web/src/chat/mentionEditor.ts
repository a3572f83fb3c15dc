import type { Member } from '../types';
import { mentionParts } from './mentions';

/*
 * The composer's text lives in a contenteditable element where each mention is a chip: a
 * non-editable span carrying the member's id, which the browser deletes as one unit. These turn
 * that element into the `<@userId>` body the server wants, and a body back into chips.
 */

const MAX_BODY = 8000;

export function mentionChip(member: Member): HTMLElement {
  const chip = document.createElement('span');
  chip.className = 'mention-chip';
  chip.contentEditable = 'false';
  chip.dataset.userId = member.userId;
  // Its own direction, so a Persian name in Latin text (or the reverse) keeps its order.
  chip.dir = 'auto';
  chip.textContent = member.displayName;
  return chip;
}

/** The body the element holds: text as typed, each chip as its token, line breaks as `\n`. */
export function readBody(root: HTMLElement): string {
  let out = '';
  const walk = (parent: Node) => {
    parent.childNodes.forEach((node) => {
      if (node.nodeType === Node.TEXT_NODE) out += node.textContent ?? '';
      else if (node instanceof HTMLElement) {
        if (node.dataset.userId) out += `<@${node.dataset.userId}>`;
        else if (node.tagName === 'BR') out += '\n';
        else {
          // A block the browser made for a new line starts one.
          if (node.tagName === 'DIV' && out && !out.endsWith('\n')) out += '\n';
          walk(node);
        }
      }
    });
  };
  walk(root);
  return out.replace(/\u00a0/g, ' ');
}

/** Fills the element with `body`, mentions of members as chips. */
export function writeBody(root: HTMLElement, body: string, members: Member[]) {
  const nodes: Node[] = [];
  for (const part of mentionParts(body, members)) {
    if ('member' in part) nodes.push(mentionChip(part.member));
    else
      part.text.split('\n').forEach((line, i) => {
        if (i) nodes.push(document.createElement('br'));
        if (line) nodes.push(document.createTextNode(line));
      });
  }
  root.replaceChildren(...nodes);
}

/** The text of the text node the caret is in, up to the caret, when the caret is inside `root`. */
export function textBeforeCaret(root: HTMLElement): { node: Text; offset: number; text: string } | null {
  const selection = document.getSelection();
  const node = selection?.anchorNode;
  if (!selection?.isCollapsed || !node || node.nodeType !== Node.TEXT_NODE || !root.contains(node)) return null;
  const offset = selection.anchorOffset;
  return { node: node as Text, offset, text: (node.textContent ?? '').slice(0, offset) };
}

/** Replaces the `@query` just before the caret with the member's chip and a space, the caret after them. */
export function insertChip(root: HTMLElement, member: Member) {
  const at = textBeforeCaret(root);
  const chip = mentionChip(member);
  const space = document.createTextNode(' ');
  if (at) {
    const start = at.text.lastIndexOf('@');
    const range = document.createRange();
    range.setStart(at.node, start < 0 ? at.offset : start);
    range.setEnd(at.node, at.offset);
    range.deleteContents();
    range.insertNode(space);
    range.insertNode(chip);
  } else root.append(chip, space);
  const caret = document.createRange();
  caret.setStart(space, 1);
  caret.collapse(true);
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(caret);
}

/** Whether one more character would go over the server's limit. */
export const isFull = (root: HTMLElement) => readBody(root).length >= MAX_BODY;
