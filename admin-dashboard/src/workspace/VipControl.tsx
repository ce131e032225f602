import { describeError } from '../format.ts';
import { useCustomer, useSetVip } from '../queries/useCustomer.ts';

/**
 * The customer's VIP flag (GET /api/v1/customers/{id}); supervisors and admins toggle it (PUT). VIP customers
 * are served first: their waiting and future conversations get the rules' VIP priority.
 */
export function VipControl({ customerId, editable }: { customerId: string; editable: boolean }) {
  const customer = useCustomer(customerId);
  const setVip = useSetVip();
  if (customer.isPending) {
    return <span className="muted">Loading…</span>;
  }
  if (customer.isError) {
    return (
      <span role="alert" className="error small">
        Unknown: {describeError(customer.error)}
      </span>
    );
  }
  const profile = customer.data;
  const vip = setVip.isPending ? setVip.variables.vip : profile.vip;
  return (
    <span className="vip-control">
      {editable ? (
        <button
          type="button"
          aria-pressed={vip}
          disabled={setVip.isPending}
          onClick={() => setVip.mutate({ profile, vip: !profile.vip })}
        >
          VIP customer
        </button>
      ) : (
        <span>{vip ? 'Yes' : 'No'}</span>
      )}
      {editable && <span className="muted small"> {vip ? 'on' : 'off'}</span>}
      {setVip.isError && (
        <span role="alert" className="error small">
          {' '}
          Could not change: {describeError(setVip.error)}
        </span>
      )}
    </span>
  );
}

/** A VIP badge next to the customer's name, once user-service says so. */
export function VipBadge({ customerId }: { customerId: string }) {
  const customer = useCustomer(customerId);
  return customer.data?.vip ? <span className="tag vip">VIP</span> : null;
}
