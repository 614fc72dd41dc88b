import { graphql } from '../../gql';
import type { GpuPriceEntryFragment } from '../../gql/graphql';
import { Card } from '../ui/card';
import { formatDate, humanize } from '../../lib/format';
import { formatMicros } from '../../lib/money';
import { PRICE_CLASSES, type ClassPrices, type GpuTypePrices } from '../../lib/prices';

export const GpuPriceEntry = graphql(`
  fragment GpuPriceEntry on GpuPrice {
    id
    priceClass
    currency
    pricePerGpuHour
    effectiveFrom
    effectiveTo
    gpuType {
      id
      code
      vendor
      memoryGb
      interconnect
    }
    region {
      id
      code
      name
    }
  }
`);

const CLASS_LABELS: Record<(typeof PRICE_CLASSES)[number], { label: string; hint: string }> = {
  ON_DEMAND: { label: 'On-demand', hint: 'Runs until you stop it; reclaimed only where the pool allows, with notice.' },
  RESERVED: { label: 'Reserved', hint: 'Inside a contract commitment; never preempted.' },
  SPOT: { label: 'Spot', hint: 'Preemptible: the cheapest, reclaimed first.' },
};

const INTERCONNECT: Record<string, string> = { NVLINK: 'NVLink', INFINITY_FABRIC: 'Infinity Fabric', PCIE: 'PCIe' };

/** One GPU type's list prices: a row per region, a column per class, per GPU-hour. */
export function GpuTypePriceCard({ group }: { group: GpuTypePrices<GpuPriceEntryFragment> }) {
  const gpu = group.gpuType;
  return (
    <Card
      title={gpu.code}
      actions={
        <span className="muted">
          {[gpu.vendor, `${gpu.memoryGb} GB`, INTERCONNECT[gpu.interconnect] ?? humanize(gpu.interconnect)].join(' · ')}
        </span>
      }
      flush
    >
      <div className="table-wrap">
        <table className="table table--prices">
          <caption className="visually-hidden">{gpu.code} list prices per GPU-hour, by region and class</caption>
          <thead>
            <tr>
              <th scope="col">Region</th>
              {PRICE_CLASSES.map((c) => (
                <th key={c} scope="col" className="num" title={CLASS_LABELS[c].hint}>
                  {CLASS_LABELS[c].label} <span className="th-unit">/ GPU-hour</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {group.regions.map(({ region, classes }) => (
              <tr key={region.id}>
                <th scope="row" className="table__rowhead">
                  <code className="code-tag">{region.code}</code>
                  <div className="table__secondary">{region.name}</div>
                </th>
                {PRICE_CLASSES.map((c) => (
                  <td key={c} className="num">
                    <PriceCell slot={classes[c]} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}

function PriceCell({ slot }: { slot: ClassPrices<GpuPriceEntryFragment> | undefined }) {
  const { current, next } = slot ?? {};
  return (
    <>
      {current ? (
        <span className="money money--lg">{formatMicros(current.pricePerGpuHour, current.currency)}</span>
      ) : (
        <span className="muted">Not offered</span>
      )}
      {next && (
        <div className="table__secondary nowrap">
          {formatMicros(next.pricePerGpuHour, next.currency)} from {formatDate(next.effectiveFrom)}
        </div>
      )}
    </>
  );
}
