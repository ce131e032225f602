import type { LiveQueueAgent } from '@parley/client-sdk';
import { useState, type FormEvent } from 'react';
import { describeError, parseNameList } from '../format.ts';
import { useUpdateAgentRouting } from '../queries/useAgentRouting.ts';
import { Dialog } from '../ui/Dialog.tsx';

const NAME = /^[a-z0-9-]{1,40}$/;
const MAX_NAMES = 20;

/** What is wrong with a typed list of departments or skills (the server's rules), or null. */
export function checkNames(names: readonly string[], what: 'departments' | 'skills'): string | null {
  if (what === 'departments' && names.length === 0) {
    return 'Name at least one department.';
  }
  if (names.length > MAX_NAMES) {
    return `At most ${MAX_NAMES} ${what}.`;
  }
  const bad = names.find((n) => !NAME.test(n));
  return bad === undefined ? null : `“${bad}” is not valid: use 1 to 40 of a–z, 0–9 and -.`;
}

/** ADMIN: an agent's departments and skills (PUT /api/v1/agents/{id}); routing uses them at once. */
export function AgentRoutingDialog({ agent, onClose }: { agent: LiveQueueAgent; onClose: () => void }) {
  const update = useUpdateAgentRouting();
  const [departments, setDepartments] = useState(agent.departments.join(', '));
  const [skills, setSkills] = useState((agent.skills ?? []).join(', '));
  const departmentList = parseNameList(departments);
  const skillList = parseNameList(skills);
  const departmentsError = checkNames(departmentList, 'departments');
  const skillsError = checkNames(skillList, 'skills');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (departmentsError === null && skillsError === null) {
      update.mutate(
        { agentId: agent.agentId, update: { departments: departmentList, skills: skillList } },
        { onSuccess: onClose },
      );
    }
  }

  return (
    <Dialog title={`Routing of ${agent.displayName}`} onClose={onClose}>
      <form className="stacked-form" onSubmit={submit}>
        <label htmlFor="agent-departments">Departments</label>
        <input
          id="agent-departments"
          value={departments}
          onChange={(e) => setDepartments(e.target.value)}
          aria-invalid={departmentsError ? true : undefined}
          aria-describedby="agent-departments-hint"
        />
        <span id="agent-departments-hint" className={departmentsError ? 'error small' : 'muted small'}>
          {departmentsError ?? 'Separated by commas, e.g. sales, support.'}
        </span>
        <label htmlFor="agent-skills">Skills</label>
        <input
          id="agent-skills"
          value={skills}
          onChange={(e) => setSkills(e.target.value)}
          aria-invalid={skillsError ? true : undefined}
          aria-describedby="agent-skills-hint"
        />
        <span id="agent-skills-hint" className={skillsError ? 'error small' : 'muted small'}>
          {skillsError ?? 'Separated by commas, e.g. english, billing. May be empty.'}
        </span>
        {update.isError && (
          <p role="alert" className="error">
            Could not save: {describeError(update.error)}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            className="primary"
            disabled={departmentsError !== null || skillsError !== null || update.isPending}
          >
            {update.isPending ? 'Saving…' : 'Save'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
