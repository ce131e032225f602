import {
  NO_AGENT_ONLINE_POLICIES,
  ROUTING_MODES,
  ROUTING_PRIORITIES,
  ROUTING_STRATEGIES,
} from '@parley/client-sdk';

const list = (values: readonly string[]) =>
  values.map((v, i) => (
    <span key={v}>
      {i > 0 && ', '}
      <code>{v}</code>
    </span>
  ));

/** A short reference of the rule set's fields beside the editor (docs/architecture.md, "Routing rules"). */
export function RulesReference() {
  return (
    <section className="reference" aria-labelledby="reference-heading">
      <h2 id="reference-heading">Reference</h2>
      <p className="small">Every field is optional; omitted ones take the defaults.</p>
      <dl className="small">
        <dt>
          <code>departments.&lt;name&gt;</code>
        </dt>
        <dd>
          <code>strategy</code>: {list(ROUTING_STRATEGIES)} (default most spare capacity). <code>mode</code>:{' '}
          {list(ROUTING_MODES)} (manual: agents take chats from the available list).{' '}
          <code>whenNoAgentOnline</code>: {list(NO_AGENT_ONLINE_POLICIES)}. <code>overflow</code>:{' '}
          <code>{'{ afterSeconds, to }'}</code> moves a chat waiting that long to department <code>to</code>,
          once.
        </dd>
        <dt>
          <code>aging.secondsPerLevel</code>
        </dt>
        <dd>
          Waiting this long raises the effective priority one level (default 600; 0 turns aging off, else ≥
          10).
        </dd>
        <dt>
          <code>vipPriority</code>
        </dt>
        <dd>Base priority of VIP customers: {list(ROUTING_PRIORITIES)} (default URGENT).</dd>
        <dt>
          <code>rules[]</code>
        </dt>
        <dd>
          Applied once when a chat is queued, in order; all that match apply. <code>name</code> (required,
          unique, ≤ 80), <code>when</code>: <code>departments</code>, <code>textContainsAny</code>,{' '}
          <code>vip</code>, <code>platforms</code>, <code>emailDomains</code>, <code>priorityAtLeast</code>,{' '}
          <code>skillsAll</code> (all must hold; empty matches all). <code>then</code>: <code>priority</code>,{' '}
          <code>department</code>, <code>addSkills</code>.
        </dd>
        <dt>
          <code>escalations[]</code>
        </dt>
        <dd>
          Checked while a chat waits, each fires once. <code>when</code>: <code>waitingSecondsAtLeast</code>,{' '}
          <code>vip</code>, <code>priorityAtLeast</code>, <code>departments</code>. <code>then</code>:{' '}
          <code>raisePriorityTo</code>, <code>overflowTo</code>, <code>alertSupervisors</code>.
        </dd>
        <dt>
          <code>requeue</code>
        </dt>
        <dd>
          <code>noAgentReplySeconds</code> (default 300) and <code>agentOfflineGraceSeconds</code> (default
          60): an assigned chat goes back to the front of its line; 0 turns either off.
        </dd>
      </dl>
      <p className="small muted">
        Departments and skills must be ones agents have; seconds are at most 7 days; at most 100 rules and 100
        escalations.
      </p>
    </section>
  );
}
