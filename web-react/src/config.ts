import { cleanDepartment } from './embed/protocol.ts';

export interface WidgetConfig {
  /** Inside the loader's iframe (`?embed=1`): no page chrome, a close button that asks the loader. */
  embedded: boolean;
  /** The department new chats go to (`?department=`, from the loader's data-department). */
  department: string | undefined;
}

export function readConfig(search: string): WidgetConfig {
  const params = new URLSearchParams(search);
  return {
    embedded: params.get('embed') === '1',
    department: cleanDepartment(params.get('department')),
  };
}
