import { cleanDepartment, cleanPageUrl, cleanTopics, type Topic } from './embed/protocol.ts';

export interface WidgetConfig {
  /** Inside the loader's iframe (`?embed=1`): no page chrome, a close button that asks the loader. */
  embedded: boolean;
  /** The department new chats go to (`?department=`, from the loader's data-department). */
  department: string | undefined;
  /**
   * The page the customer is on: the host page when embedded (`?page=`, added by the loader), else the
   * widget's own page (`href`). Undefined unless it is an http(s) URL chat-service accepts.
   */
  pageUrl: string | undefined;
  /** The pre-chat form's "What is it about?" choices (`?topics=`, from the loader's data-topics); none: no field. */
  topics: Topic[];
  /** The loader has a verified customer identity and will post it (`?identity=1`; the identity itself never is in the URL). */
  identity: boolean;
}

export function readConfig(search: string, href?: string): WidgetConfig {
  const params = new URLSearchParams(search);
  const embedded = params.get('embed') === '1';
  return {
    embedded,
    department: cleanDepartment(params.get('department')),
    pageUrl: cleanPageUrl(embedded ? params.get('page') : href),
    topics: cleanTopics(params.get('topics')),
    identity: embedded && params.get('identity') === '1',
  };
}
