/**
 * What the UI showed during a test: notices, open modals, shown menus. `Notice` and `Menu` have no
 * app reference, so the log of the most recently created test app receives them.
 */
import type { Menu } from './ui-menu';
import type { Modal } from './ui-modal';
import type { Notice } from './ui-notice';

export interface UiLog {
  notices: string[];
  noticeObjects: Notice[];
  openModals: Modal[];
  menus: Menu[];
}

export function createUiLog(): UiLog {
  return { notices: [], noticeObjects: [], openModals: [], menus: [] };
}

let current: UiLog = createUiLog();

export function uiLog(): UiLog {
  return current;
}

export function setUiLog(log: UiLog): void {
  current = log;
}
