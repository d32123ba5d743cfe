import { Menu } from 'electron';
import { menuTemplate, type MenuActions, type MenuContext } from './menu-template.ts';

export type { MenuActions } from './menu-template.ts';

/** Installs the native menus (built as plain data in menu-template.ts) for this platform. */
export function buildMenu(context: MenuContext, actions: MenuActions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(context, actions)));
}
