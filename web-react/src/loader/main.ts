import { mountWidget } from './widgetLoader.ts';

/**
 * The one-line embed: `<script src="https://chat.example.com/widget/loader.js" data-department="support"
 * async></script>` (optionally `data-topics='[{"label":"Billing","department":"support","skills":["billing"]}]'`).
 * Reads its own tag, then adds the chat button once the body exists.
 */
const script =
  (document.currentScript as HTMLScriptElement | null) ??
  document.querySelector<HTMLScriptElement>('script[src*="/widget/loader.js"]');

if (script) {
  const start = () =>
    mountWidget({
      scriptSrc: script.src,
      department: script.dataset.department,
      pageUrl: location.href,
      topics: script.dataset.topics,
      customer: {
        id: script.dataset.customerId,
        signature: script.dataset.customerSignature,
        name: script.dataset.customerName,
        email: script.dataset.customerEmail,
      },
    });
  if (document.body) {
    start();
  } else {
    document.addEventListener('DOMContentLoaded', start, { once: true });
  }
}
