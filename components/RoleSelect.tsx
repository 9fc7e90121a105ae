import { roleIds, type RoleId } from '@/lib/coaching/roles';
import { roleMessageKey, t } from '@/lib/i18n';

interface Props {
  id: string;
  value: RoleId;
  onChange: (role: RoleId) => void;
}

/** A labelled select of every role; the label comes from the caller's `<label htmlFor>`. */
export function RoleSelect({ id, value, onChange }: Props) {
  return (
    <select id={id} value={value} onChange={(event) => onChange(event.target.value as RoleId)}>
      {roleIds.map((role) => (
        <option key={role} value={role}>
          {t(roleMessageKey(role))}
        </option>
      ))}
    </select>
  );
}
