import type { CapacityFigures as Figures } from './capacity.math';
import type { CapacityFigures } from './inventory.payloads';

/** The GraphQL shape of capacity figures. */
export function figuresView(f: Figures): CapacityFigures {
  return {
    ...f,
    allocated: { internal: f.allocated.INTERNAL, reserved: f.allocated.RESERVED, onDemand: f.allocated.ON_DEMAND, spot: f.allocated.SPOT },
  };
}
