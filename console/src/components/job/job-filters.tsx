import { Button } from '../ui/button';
import { Select } from '../ui/select';
import { CAPACITY_CLASSES, hasJobFilters, NO_JOB_FILTERS, STATUS_FILTERS, type JobFilters as Filters } from '../../lib/jobs';

/**
 * The list's filters: status (or a group of them) and class. Each choice applies at once and is
 * kept in the URL, so a filtered list is a link that survives a reload.
 */
export function JobFilters({ value, onChange }: { value: Filters; onChange(next: Filters): void }) {
  return (
    <div className="toolbar job-filters" role="group" aria-label="Filter jobs">
      <Select label="Status" className="filter" value={value.status} onChange={(e) => onChange({ ...value, status: e.target.value })}>
        {STATUS_FILTERS.map((f) => (
          <option key={f.value} value={f.value}>
            {f.label}
          </option>
        ))}
      </Select>
      <Select
        label="Class"
        className="filter"
        value={value.capacityClass}
        onChange={(e) => onChange({ ...value, capacityClass: e.target.value })}
      >
        <option value="">Any class</option>
        {CAPACITY_CLASSES.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </Select>
      {hasJobFilters(value) && <Button onClick={() => onChange(NO_JOB_FILTERS)}>Clear filters</Button>}
    </div>
  );
}
