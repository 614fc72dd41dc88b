import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Credentials, type GqlResult, type TestApp } from '../support/app';
import { buildWorld, type World } from '../support/world';
import { newId } from '../../server/src/lib/ids';
import { ApiKeyScope } from '../../server/src/modules/tenancy/tenancy.enums';
import { Region } from '../../server/src/modules/inventory/region.entity';
import { GpuType } from '../../server/src/modules/inventory/gpu-type.entity';
import { GpuVendor, Interconnect, Jurisdiction, LifecycleStatus, PricedClass } from '../../server/src/modules/inventory/inventory.enums';
import { Model } from '../../server/src/modules/catalog/model.entity';
import { GpuPrice, ModelPrice } from '../../server/src/modules/catalog/prices.entity';
import { Modality, ModelStatus } from '../../server/src/modules/catalog/catalog.enums';
import { seedCatalog, SEED_MODELS } from '../../server/src/modules/catalog/catalog.seed';
import { gpuPriceAt, modelPriceAt } from '../../server/src/modules/catalog/price-book.service';

let app: TestApp;
let world: World;
let eu: Region;
let us: Region;
let retiredRegion: Region;
let h100: GpuType;
let retiredGpu: GpuType;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const iso = (date: Date) => date.toISOString();
const later = (ms: number) => new Date(Date.now() + ms);

const operator = (): Credentials => ({ bearer: world.tokens.operator });
const member = (): Credentials => ({ bearer: world.tokens.member });

async function ok<T>(query: string, variables: Record<string, unknown>, auth: Credentials): Promise<T> {
  const res = await app.gql<T>(query, variables, auth);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

function refused(res: GqlResult, code: string, field?: string) {
  expect(res.errors?.length, JSON.stringify(res.data)).toBeGreaterThan(0);
  const error = res.errors![0]!;
  expect(error.extensions.code, error.message).toBe(code);
  if (field) expect(error.extensions['field'], error.message).toBe(field);
  return error;
}

async function count(sql: string, params: unknown[]): Promise<number> {
  const rows = await app.orm.em.fork().getConnection().execute<{ n: string }[]>(sql, params);
  return Number(rows[0]!.n);
}

const CREATE_MODEL = `mutation($input: CreateModelInput!) {
  createModel(input: $input) { id key family parametersB contextWindow license modalities status sunsetAt regions { code } price { id } }
}`;
const UPDATE_MODEL = 'mutation($input: UpdateModelInput!) { updateModel(input: $input) { id status sunsetAt license regions { code } } }';
const SET_GPU_PRICE = `mutation($input: SetGpuPriceInput!) {
  setGpuPrice(input: $input) { price { id pricePerGpuHour currency effectiveFrom effectiveTo priceClass gpuType { code } region { code } } previous { id effectiveFrom effectiveTo } }
}`;
const SET_MODEL_PRICE = `mutation($input: SetModelPriceInput!) {
  setModelPrice(input: $input) { price { id inputPerMillionTokens outputPerMillionTokens effectiveFrom effectiveTo } previous { id effectiveTo } }
}`;
const GPU_PRICE_AT = `query($g: ID!, $r: ID!, $c: PricedClass!, $at: DateTimeISO) {
  gpuPriceAt(gpuTypeId: $g, regionId: $r, priceClass: $c, at: $at) { id pricePerGpuHour effectiveFrom effectiveTo }
}`;

interface ModelNode {
  id: string;
  key: string;
  status: string;
  sunsetAt: string | null;
  license: string;
  regions: { code: string }[];
  price: { id: string } | null;
}
interface PriceNode {
  id: string;
  pricePerGpuHour: string;
  effectiveFrom: string;
  effectiveTo: string | null;
}

function modelInput(overrides: Record<string, unknown> = {}) {
  return {
    key: `acme-labs/Test-${Math.random().toString(36).slice(2, 10)}-Instruct`,
    family: 'test',
    parametersB: 70.6,
    contextWindow: 131072,
    license: 'llama3.3',
    modalities: ['TEXT', 'CODE'],
    status: 'GA',
    regionIds: [us.id, eu.id],
    ...overrides,
  };
}

async function newModel(overrides: Record<string, unknown> = {}): Promise<ModelNode> {
  return (await ok<{ createModel: ModelNode }>(CREATE_MODEL, { input: modelInput(overrides) }, operator())).createModel;
}

/** A GPU type of its own: each price-book test works on a key nobody else touches. */
async function freshGpu(code: string): Promise<GpuType> {
  const em = app.orm.em.fork();
  const gpu = em.create(GpuType, {
    id: newId('gpuType'),
    code: `${code}-${world.tag}`,
    vendor: GpuVendor.NVIDIA,
    memoryGb: 80,
    interconnect: Interconnect.NVLINK,
  });
  await em.flush();
  return gpu;
}

function gpuPriceInput(gpu: GpuType, overrides: Record<string, unknown> = {}) {
  return {
    gpuTypeId: gpu.id,
    regionId: eu.id,
    priceClass: 'ON_DEMAND',
    currency: 'USD',
    pricePerGpuHour: '2990000',
    effectiveFrom: iso(new Date()),
    ...overrides,
  };
}

beforeAll(async () => {
  app = await startTestApp();
  world = await buildWorld(app.orm);
  const em = app.orm.em.fork();
  const region = (code: string, jurisdiction: Jurisdiction, status = LifecycleStatus.ACTIVE) =>
    em.create(Region, { id: newId('region'), code: `${code}-${world.tag}`, name: code, jurisdiction, status });
  eu = region('eu-west', Jurisdiction.EU);
  us = region('us-east', Jurisdiction.US);
  retiredRegion = region('old-dc', Jurisdiction.US, LifecycleStatus.RETIRED);
  const gpu = (code: string, status = LifecycleStatus.ACTIVE) =>
    em.create(GpuType, {
      id: newId('gpuType'),
      code: `${code}-${world.tag}`,
      vendor: GpuVendor.NVIDIA,
      memoryGb: 80,
      interconnect: Interconnect.NVLINK,
      status,
    });
  h100 = gpu('H100-80GB');
  retiredGpu = gpu('V100-32GB', LifecycleStatus.RETIRED);
  await em.flush();
});
afterAll(() => app.close());

describe('model catalog', () => {
  it('lets an operator add and price a model that members and READ keys then browse', async () => {
    const created = await newModel();
    expect(created).toMatchObject({ family: 'test', parametersB: 70.6, contextWindow: 131072, status: 'GA', sunsetAt: null, price: null });
    expect(created.regions.map((r) => r.code)).toEqual([eu.code, us.code]);
    await ok(
      SET_MODEL_PRICE,
      {
        input: {
          modelId: created.id,
          currency: 'USD',
          inputPerMillionTokens: '880000',
          outputPerMillionTokens: '900000',
          effectiveFrom: iso(new Date()),
        },
      },
      operator(),
    );

    const BROWSE = `query($id: ID!) {
      models(first: 100) { nodes { id key regions { code } price { inputPerMillionTokens outputPerMillionTokens currency } } }
      model(id: $id) { key modalities priceHistory(first: 5) { nodes { inputPerMillionTokens model { key } } } }
    }`;
    const key = await world.apiKey([ApiKeyScope.READ]);
    for (const auth of [member(), { bearer: key.secret }]) {
      const data = await ok<{
        models: { nodes: { id: string; regions: { code: string }[]; price: Record<string, string> | null }[] };
        model: { key: string; modalities: string[]; priceHistory: { nodes: { inputPerMillionTokens: string; model: { key: string } }[] } };
      }>(BROWSE, { id: created.id }, auth);
      const listed = data.models.nodes.find((m) => m.id === created.id);
      expect(listed?.regions.map((r) => r.code)).toEqual([eu.code, us.code]);
      expect(listed?.price).toEqual({ inputPerMillionTokens: '880000', outputPerMillionTokens: '900000', currency: 'USD' });
      expect(data.model.modalities).toEqual(['TEXT', 'CODE']);
      expect(data.model.priceHistory.nodes).toEqual([{ inputPerMillionTokens: '880000', model: { key: created.key } }]);
    }

    const withoutRead = await world.apiKey([ApiKeyScope.JOBS_WRITE]);
    refused(await app.gql('{ models(first: 1) { nodes { id } } }', {}, { bearer: withoutRead.secret }), 'FORBIDDEN');
    refused(await app.gql('{ models(first: 1) { nodes { id } } }', {}), 'UNAUTHENTICATED');
    refused(await app.gql(CREATE_MODEL, { input: modelInput() }, member()), 'FORBIDDEN');
  });

  it('records the change in the audit trail', async () => {
    const created = await newModel();
    const audit = await ok<{
      auditEvents: { nodes: { targetType: string; targetId: string; outcome: string; details: Record<string, unknown> }[] };
    }>('query { auditEvents(first: 5, action: "createModel") { nodes { targetType targetId outcome details } } }', {}, operator());
    expect(audit.auditEvents.nodes[0]).toMatchObject({
      targetType: 'Model',
      targetId: created.id,
      outcome: 'ALLOWED',
      details: { key: created.key },
    });
  });

  it('lists models newest first, by status and by region, with cursors', async () => {
    const a = await newModel({ regionIds: [eu.id] });
    const b = await newModel({ regionIds: [us.id], status: 'PREVIEW' });
    const c = await newModel({ regionIds: [eu.id, us.id] });
    const LIST =
      'query($s: ModelStatus, $r: ID, $after: String) { models(first: 2, status: $s, regionId: $r, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }';
    type Page = { models: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const first = await ok<Page>(LIST, {}, member());
    expect(first.models.nodes.map((m) => m.id)).toEqual([c.id, b.id]);
    const next = await ok<Page>(LIST, { after: first.models.pageInfo.endCursor }, member());
    expect(next.models.nodes[0]!.id).toBe(a.id);

    const inEu = await ok<Page>(LIST, { r: eu.id }, member());
    expect(inEu.models.nodes.map((m) => m.id)).toEqual([c.id, a.id]);
    const previews = await ok<Page>(LIST, { s: 'PREVIEW' }, member());
    expect(previews.models.nodes.map((m) => m.id)).toEqual([b.id]);
    refused(await app.gql(LIST, { r: h100.id }, member()), 'BAD_USER_INPUT', 'regionId');
  });

  it('deprecates with a future sunset date, and clears it back to GA', async () => {
    const model = await newModel();
    const sunset = iso(later(90 * DAY));
    const deprecated = await ok<{ updateModel: ModelNode }>(
      UPDATE_MODEL,
      { input: { id: model.id, status: 'DEPRECATED', sunsetAt: sunset } },
      operator(),
    );
    expect(deprecated.updateModel).toMatchObject({ status: 'DEPRECATED', sunsetAt: sunset });

    const edited = await ok<{ updateModel: ModelNode }>(
      UPDATE_MODEL,
      { input: { id: model.id, license: 'mit', regionIds: [eu.id] } },
      operator(),
    );
    expect(edited.updateModel).toMatchObject({ status: 'DEPRECATED', sunsetAt: sunset, license: 'mit', regions: [{ code: eu.code }] });

    const back = await ok<{ updateModel: ModelNode }>(UPDATE_MODEL, { input: { id: model.id, status: 'GA' } }, operator());
    expect(back.updateModel).toMatchObject({ status: 'GA', sunsetAt: null });

    const missing = refused(
      await app.gql(UPDATE_MODEL, { input: { id: model.id, status: 'DEPRECATED' } }, operator()),
      'BAD_USER_INPUT',
      'input.sunsetAt',
    );
    expect(missing.message).toMatch(/sunset/);
    refused(
      await app.gql(UPDATE_MODEL, { input: { id: model.id, status: 'DEPRECATED', sunsetAt: iso(later(-DAY)) } }, operator()),
      'BAD_USER_INPUT',
      'input.sunsetAt',
    );
    refused(await app.gql(UPDATE_MODEL, { input: { id: model.id, sunsetAt: sunset } }, operator()), 'BAD_USER_INPUT', 'input.sunsetAt');
    refused(await app.gql(UPDATE_MODEL, { input: { id: newId('model') } }, operator()), 'NOT_FOUND');
    refused(await app.gql(UPDATE_MODEL, { input: { id: eu.id } }, operator()), 'BAD_USER_INPUT', 'input.id');
    refused(
      await app.gql(UPDATE_MODEL, { input: { id: model.id, regionIds: [retiredRegion.id] } }, operator()),
      'BAD_USER_INPUT',
      'input.regionIds',
    );

    const stored = await app.orm.em.fork().findOneOrFail(Model, model.id, { populate: ['regions'] });
    expect(stored).toMatchObject({ status: ModelStatus.GA, sunsetAt: null, license: 'mit' });
    expect(stored.regions.getItems().map((r) => r.code)).toEqual([eu.code]);
  });

  it('refuses bad model input naming the field, and writes nothing', async () => {
    const existing = await newModel();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ key: existing.key }, 'CONFLICT', 'input.key'],
      [{ key: existing.key.toUpperCase() }, 'CONFLICT', 'input.key'],
      [{ key: 'no-organization' }, 'BAD_USER_INPUT', 'input.key'],
      [{ key: `acme/${'x'.repeat(120)}` }, 'BAD_USER_INPUT', 'input.key'],
      [{ regionIds: [eu.id, newId('region')] }, 'BAD_USER_INPUT', 'input.regionIds'],
      [{ regionIds: [h100.id] }, 'BAD_USER_INPUT', 'input.regionIds'],
      [{ regionIds: [retiredRegion.id] }, 'BAD_USER_INPUT', 'input.regionIds'],
      [{ status: 'GA', sunsetAt: iso(later(30 * DAY)) }, 'BAD_USER_INPUT', 'input.sunsetAt'],
      [{ status: 'DEPRECATED' }, 'BAD_USER_INPUT', 'input.sunsetAt'],
      [{ status: 'DEPRECATED', sunsetAt: iso(later(-HOUR)) }, 'BAD_USER_INPUT', 'input.sunsetAt'],
      [{ contextWindow: 0 }, 'BAD_USER_INPUT', 'input.contextWindow'],
      [{ parametersB: -1 }, 'BAD_USER_INPUT', 'input.parametersB'],
      [{ modalities: [] }, 'BAD_USER_INPUT', 'input.modalities'],
      [{ family: '' }, 'BAD_USER_INPUT', 'input.family'],
    ];
    const before = await count('select count(*) as n from models', []);
    for (const [overrides, code, field] of cases) {
      const res = await app.gql(CREATE_MODEL, { input: modelInput(overrides) }, operator());
      const error = refused(res, code, field);
      if (code === 'CONFLICT') expect(error.extensions['modelId']).toBe(existing.id);
    }
    expect(await count('select count(*) as n from models', [])).toBe(before);
  });
});

describe('price book', () => {
  it('appends GPU prices, closing the previous one, and answers the price in force at any time', async () => {
    const gpu = await freshGpu('H100-SXM');
    const t0 = new Date();
    const t1 = later(DAY);
    const t2 = later(10 * DAY);
    const p0 = (
      await ok<{ setGpuPrice: { price: PriceNode; previous: null } }>(
        SET_GPU_PRICE,
        { input: gpuPriceInput(gpu, { effectiveFrom: iso(t0) }) },
        operator(),
      )
    ).setGpuPrice;
    expect(p0.previous).toBeNull();
    expect(p0.price).toMatchObject({
      pricePerGpuHour: '2990000',
      currency: 'USD',
      effectiveTo: null,
      priceClass: 'ON_DEMAND',
      gpuType: { code: gpu.code },
      region: { code: eu.code },
    });

    const p1 = (
      await ok<{ setGpuPrice: { price: PriceNode; previous: PriceNode } }>(
        SET_GPU_PRICE,
        { input: gpuPriceInput(gpu, { pricePerGpuHour: '2490000', effectiveFrom: iso(t1) }) },
        operator(),
      )
    ).setGpuPrice;
    expect(p1.previous).toMatchObject({ id: p0.price.id, effectiveTo: iso(t1) });
    const p2 = (
      await ok<{ setGpuPrice: { price: PriceNode; previous: PriceNode } }>(
        SET_GPU_PRICE,
        { input: gpuPriceInput(gpu, { pricePerGpuHour: '2190000', effectiveFrom: iso(t2) }) },
        operator(),
      )
    ).setGpuPrice;
    expect(p2.previous).toMatchObject({ id: p1.price.id, effectiveFrom: iso(t1), effectiveTo: iso(t2) });

    const at = async (when?: Date) =>
      (await ok<{ gpuPriceAt: PriceNode }>(GPU_PRICE_AT, { g: gpu.id, r: eu.id, c: 'ON_DEMAND', at: when ? iso(when) : null }, member()))
        .gpuPriceAt;
    expect((await at()).id).toBe(p0.price.id);
    expect((await at(new Date(t1.getTime() - 1))).id).toBe(p0.price.id);
    expect(await at(t1)).toMatchObject({ id: p1.price.id, pricePerGpuHour: '2490000', effectiveTo: iso(t2) });
    expect((await at(later(5 * DAY))).id).toBe(p1.price.id);
    expect(await at(later(400 * DAY))).toMatchObject({ id: p2.price.id, effectiveTo: null });

    const before = refused(
      await app.gql(GPU_PRICE_AT, { g: gpu.id, r: eu.id, c: 'ON_DEMAND', at: iso(later(-DAY)) }, member()),
      'NOT_FOUND',
    );
    expect(before.message).toContain(gpu.code);
    expect(before.message).toContain(eu.code);
    refused(await app.gql(GPU_PRICE_AT, { g: gpu.id, r: eu.id, c: 'SPOT' }, member()), 'NOT_FOUND');
    refused(await app.gql(GPU_PRICE_AT, { g: gpu.id, r: us.id, c: 'ON_DEMAND' }, member()), 'NOT_FOUND');

    const listed = await ok<{ gpuPrices: { nodes: { id: string }[] } }>(
      'query($g: ID, $r: ID) { gpuPrices(first: 10, gpuTypeId: $g, regionId: $r, priceClass: ON_DEMAND) { nodes { id } } }',
      { g: gpu.id, r: eu.id },
      { bearer: (await world.apiKey([ApiKeyScope.READ])).secret },
    );
    expect(listed.gpuPrices.nodes.map((p) => p.id)).toEqual([p2.price.id, p1.price.id, p0.price.id]);

    // The service billing will call answers the same.
    const em = app.orm.em.fork();
    expect((await gpuPriceAt(em, { gpuTypeId: gpu.id, regionId: eu.id, priceClass: PricedClass.ON_DEMAND, at: t1 }))?.id).toBe(p1.price.id);
    expect(await gpuPriceAt(em, { gpuTypeId: gpu.id, regionId: eu.id, priceClass: PricedClass.ON_DEMAND, at: later(-DAY) })).toBeNull();
  });

  it('refuses an overlapping price with CONFLICT naming the existing price and its dates, and writes nothing', async () => {
    const gpu = await freshGpu('H200');
    const t1 = later(DAY);
    const first = (await ok<{ setGpuPrice: { price: PriceNode } }>(SET_GPU_PRICE, { input: gpuPriceInput(gpu) }, operator())).setGpuPrice
      .price;
    const second = (
      await ok<{ setGpuPrice: { price: PriceNode } }>(SET_GPU_PRICE, { input: gpuPriceInput(gpu, { effectiveFrom: iso(t1) }) }, operator())
    ).setGpuPrice.price;

    const inside = refused(
      await app.gql(SET_GPU_PRICE, { input: gpuPriceInput(gpu, { effectiveFrom: iso(new Date(t1.getTime() - HOUR)) }) }, operator()),
      'CONFLICT',
      'input.effectiveFrom',
    );
    expect(inside.message).toContain(first.id);
    expect(inside.message).toContain(first.effectiveFrom);
    expect(inside.extensions).toMatchObject({
      existingPriceId: first.id,
      existingEffectiveFrom: first.effectiveFrom,
      existingEffectiveTo: iso(t1),
    });

    const sameStart = refused(
      await app.gql(SET_GPU_PRICE, { input: gpuPriceInput(gpu, { effectiveFrom: iso(t1) }) }, operator()),
      'CONFLICT',
      'input.effectiveFrom',
    );
    expect(sameStart.extensions).toMatchObject({ existingPriceId: second.id, existingEffectiveTo: null });
    expect(sameStart.message).toContain(second.id);

    const rows = await app.orm.em.fork().find(GpuPrice, { gpuType: gpu.id }, { orderBy: { effectiveFrom: 'asc' } });
    expect(rows.map((p) => [p.id, p.effectiveTo?.toISOString() ?? null])).toEqual([
      [first.id, iso(t1)],
      [second.id, null],
    ]);
  });

  it('refuses bad price input naming the field', async () => {
    const gpu = await freshGpu('A100-80GB');
    const cases: [Record<string, unknown>, string, string][] = [
      [{ gpuTypeId: newId('gpuType') }, 'BAD_USER_INPUT', 'input.gpuTypeId'],
      [{ gpuTypeId: eu.id }, 'BAD_USER_INPUT', 'input.gpuTypeId'],
      [{ gpuTypeId: retiredGpu.id }, 'BAD_USER_INPUT', 'input.gpuTypeId'],
      [{ regionId: newId('region') }, 'BAD_USER_INPUT', 'input.regionId'],
      [{ regionId: retiredRegion.id }, 'BAD_USER_INPUT', 'input.regionId'],
      [{ pricePerGpuHour: '-1' }, 'BAD_USER_INPUT', 'input.pricePerGpuHour'],
      [{ pricePerGpuHour: '2.5' }, 'BAD_USER_INPUT', 'input.pricePerGpuHour'],
      [{ pricePerGpuHour: 2.5 }, 'BAD_USER_INPUT', 'input.pricePerGpuHour'],
      [{ pricePerGpuHour: '99999999999999999' }, 'BAD_USER_INPUT', 'input.pricePerGpuHour'],
      [{ currency: 'usd' }, 'BAD_USER_INPUT', 'input.currency'],
      [{ priceClass: 'INTERNAL' }, 'BAD_USER_INPUT', 'input.priceClass'],
      [{ effectiveFrom: iso(later(-DAY)) }, 'BAD_USER_INPUT', 'input.effectiveFrom'],
    ];
    for (const [overrides, code, field] of cases) {
      refused(await app.gql(SET_GPU_PRICE, { input: gpuPriceInput(gpu, overrides) }, operator()), code, field);
    }
    expect(await count('select count(*) as n from gpu_prices where gpu_type_id = ?', [gpu.id])).toBe(0);

    refused(await app.gql(GPU_PRICE_AT, { g: newId('gpuType'), r: eu.id, c: 'SPOT' }, member()), 'BAD_USER_INPUT', 'gpuTypeId');
    refused(await app.gql(GPU_PRICE_AT, { g: gpu.id, r: 'reg_nope', c: 'SPOT' }, member()), 'BAD_USER_INPUT', 'regionId');

    const model = await newModel();
    const modelPrice = (overrides: Record<string, unknown>) => ({
      input: {
        modelId: model.id,
        currency: 'USD',
        inputPerMillionTokens: '100000',
        outputPerMillionTokens: '300000',
        effectiveFrom: iso(new Date()),
        ...overrides,
      },
    });
    refused(await app.gql(SET_MODEL_PRICE, modelPrice({ modelId: newId('model') }), operator()), 'BAD_USER_INPUT', 'input.modelId');
    refused(
      await app.gql(SET_MODEL_PRICE, modelPrice({ outputPerMillionTokens: '-5' }), operator()),
      'BAD_USER_INPUT',
      'input.outputPerMillionTokens',
    );
    refused(
      await app.gql(SET_MODEL_PRICE, modelPrice({ inputPerMillionTokens: '0.5' }), operator()),
      'BAD_USER_INPUT',
      'input.inputPerMillionTokens',
    );
    expect(await count('select count(*) as n from model_prices where model_id = ?', [model.id])).toBe(0);
    refused(
      await app.gql('query($m: ID!) { modelPriceAt(modelId: $m) { id } }', { m: newId('model') }, member()),
      'BAD_USER_INPUT',
      'modelId',
    );
  });

  it('answers a model’s price at any time across a change, with its history', async () => {
    const model = await newModel();
    const t1 = later(7 * DAY);
    const first = (
      await ok<{ setModelPrice: { price: { id: string }; previous: null } }>(
        SET_MODEL_PRICE,
        {
          input: {
            modelId: model.id,
            currency: 'USD',
            inputPerMillionTokens: '990000',
            outputPerMillionTokens: '990000',
            effectiveFrom: iso(new Date()),
          },
        },
        operator(),
      )
    ).setModelPrice;
    const second = (
      await ok<{ setModelPrice: { price: { id: string }; previous: { id: string; effectiveTo: string } } }>(
        SET_MODEL_PRICE,
        {
          input: {
            modelId: model.id,
            currency: 'USD',
            inputPerMillionTokens: '880000',
            outputPerMillionTokens: '880000',
            effectiveFrom: iso(t1),
          },
        },
        operator(),
      )
    ).setModelPrice;
    expect(second.previous).toEqual({ id: first.price.id, effectiveTo: iso(t1) });

    const data = await ok<{
      model: {
        now: { id: string };
        then: { id: string; inputPerMillionTokens: string };
        before: null;
        priceHistory: { nodes: { id: string }[] };
      };
      modelPriceAt: { id: string };
    }>(
      `query($id: ID!, $then: DateTimeISO!, $before: DateTimeISO!) {
        model(id: $id) { now: price { id } then: price(at: $then) { id inputPerMillionTokens } before: price(at: $before) { id } priceHistory(first: 10) { nodes { id } } }
        modelPriceAt(modelId: $id, at: $then) { id }
      }`,
      { id: model.id, then: iso(later(8 * DAY)), before: iso(later(-DAY)) },
      member(),
    );
    expect(data.model.now.id).toBe(first.price.id);
    expect(data.model.then).toEqual({ id: second.price.id, inputPerMillionTokens: '880000' });
    expect(data.model.before).toBeNull();
    expect(data.model.priceHistory.nodes.map((p) => p.id)).toEqual([second.price.id, first.price.id]);
    expect(data.modelPriceAt.id).toBe(second.price.id);
    const none = refused(
      await app.gql(
        'query($m: ID!, $at: DateTimeISO) { modelPriceAt(modelId: $m, at: $at) { id } }',
        { m: model.id, at: iso(later(-DAY)) },
        member(),
      ),
      'NOT_FOUND',
    );
    expect(none.message).toContain(model.key);
    expect((await modelPriceAt(app.orm.em.fork(), { modelId: model.id, at: t1 }))?.id).toBe(second.price.id);
  });

  it('serializes concurrent price changes for one key: never two prices in force at once', async () => {
    const gpu = await freshGpu('MI300X');
    const starts = [1, 2, 3, 4].map((d) => later(d * DAY));
    const results = await Promise.all(
      starts.map((start) =>
        app.gql(SET_GPU_PRICE, { input: gpuPriceInput(gpu, { priceClass: 'SPOT', effectiveFrom: iso(start) }) }, operator()),
      ),
    );
    const codes = results.map((r) => r.errors?.[0]?.extensions.code ?? 'OK');
    expect(codes.filter((c) => c === 'OK').length).toBeGreaterThanOrEqual(1);
    expect(
      codes.every((c) => c === 'OK' || c === 'CONFLICT'),
      codes.join(),
    ).toBe(true);

    const rows = await app.orm.em.fork().find(GpuPrice, { gpuType: gpu.id }, { orderBy: { effectiveFrom: 'asc' } });
    expect(rows).toHaveLength(codes.filter((c) => c === 'OK').length);
    expect(rows.filter((p) => p.effectiveTo === null)).toHaveLength(1);
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1]!.effectiveTo?.getTime()).toBe(rows[i]!.effectiveFrom.getTime());
  });
});

describe('statement counts', () => {
  it('lists 50 models with regions and prices in as many statements as 5', async () => {
    const em = app.orm.em.fork();
    for (let i = 0; i < 50; i++) {
      const model = em.create(Model, {
        id: newId('model'),
        key: `bulk/model-${i}-${world.tag}`,
        family: 'bulk',
        parametersB: 8,
        contextWindow: 8192,
        license: 'mit',
        modalities: [Modality.TEXT],
        status: ModelStatus.GA,
      });
      model.regions.set([eu, us].map((r) => em.getReference(Region, r.id)));
      em.create(ModelPrice, {
        id: newId('modelPrice'),
        model,
        currency: 'USD',
        inputPerMillionTokens: 100_000n,
        outputPerMillionTokens: 200_000n,
        effectiveFrom: later(-DAY),
      });
    }
    await em.flush();

    const statements = async (first: number) => {
      app.queries.length = 0;
      const data = await ok<{ models: { nodes: { regions: { code: string }[]; price: { inputPerMillionTokens: string } | null }[] } }>(
        `{ models(first: ${first}) { nodes { regions { code } price { inputPerMillionTokens } } } }`,
        {},
        member(),
      );
      return { count: app.queries.length, nodes: data.models.nodes };
    };
    const small = await statements(5);
    const large = await statements(50);
    expect(large.nodes).toHaveLength(50);
    expect(large.nodes.every((m) => m.regions.length === 2 && m.price?.inputPerMillionTokens === '100000')).toBe(true);
    expect(large.count).toBe(small.count);
    // auth (session + memberships) + models + regions + prices.
    expect(large.count).toBeLessThanOrEqual(6);
  });
});

describe('seedCatalog', () => {
  it('prices every GPU type × region × class and adds a dozen served, priced models; a second run adds nothing', async () => {
    const em = app.orm.em.fork();
    const tag = world.tag;
    const regions = [
      em.create(Region, { id: newId('region'), code: `seed-us-${tag}`, name: 'Seed US', jurisdiction: Jurisdiction.US }),
      em.create(Region, { id: newId('region'), code: `seed-eu-${tag}`, name: 'Seed EU', jurisdiction: Jurisdiction.EU }),
      em.create(Region, { id: newId('region'), code: `seed-ap-${tag}`, name: 'Seed APAC', jurisdiction: Jurisdiction.APAC }),
    ];
    const gpuTypes = [
      em.create(GpuType, {
        id: newId('gpuType'),
        code: `H100-80GB-seed-${tag}`,
        vendor: GpuVendor.NVIDIA,
        memoryGb: 80,
        interconnect: Interconnect.NVLINK,
      }),
      em.create(GpuType, {
        id: newId('gpuType'),
        code: `MI300X-seed-${tag}`,
        vendor: GpuVendor.AMD,
        memoryGb: 192,
        interconnect: Interconnect.INFINITY_FABRIC,
      }),
      em.create(GpuType, {
        id: newId('gpuType'),
        code: `L40S-48GB-seed-${tag}`,
        vendor: GpuVendor.NVIDIA,
        memoryGb: 48,
        interconnect: Interconnect.PCIE,
      }),
    ];
    // Not flushed on purpose: the seed takes regions and GPU types made in the same unit of work.
    const result = await seedCatalog(em, { regions, gpuTypes });
    expect(result.gpuPrices).toBe(3 * 3 * 3);
    expect(result.models).toBe(SEED_MODELS.length);

    const now = new Date();
    const check = app.orm.em.fork();
    for (const gpu of gpuTypes) {
      for (const region of regions) {
        for (const priceClass of Object.values(PricedClass)) {
          const price = await gpuPriceAt(check, { gpuTypeId: gpu.id, regionId: region.id, priceClass, at: now });
          expect(price, `${gpu.code} ${region.code} ${priceClass}`).not.toBeNull();
          expect(price!.currency).toBe('USD');
        }
      }
    }
    const h100Us = (c: PricedClass) => gpuPriceAt(check, { gpuTypeId: gpuTypes[0]!.id, regionId: regions[0]!.id, priceClass: c, at: now });
    const onDemand = (await h100Us(PricedClass.ON_DEMAND))!.pricePerGpuHour;
    expect(onDemand).toBeGreaterThanOrEqual(2_500_000n);
    expect(onDemand).toBeLessThanOrEqual(3_500_000n);
    expect((await h100Us(PricedClass.SPOT))!.pricePerGpuHour).toBeLessThan((await h100Us(PricedClass.RESERVED))!.pricePerGpuHour);
    expect((await h100Us(PricedClass.RESERVED))!.pricePerGpuHour).toBeLessThan(onDemand);

    const models = await check.find(Model, { key: { $in: SEED_MODELS.map((m) => m.key) } }, { populate: ['regions'] });
    expect(models.length).toBeGreaterThanOrEqual(12);
    expect(models.filter((m) => m.status === ModelStatus.PREVIEW)).toHaveLength(1);
    const deprecated = models.filter((m) => m.status === ModelStatus.DEPRECATED);
    expect(deprecated).toHaveLength(1);
    expect(deprecated[0]!.sunsetAt!.getTime()).toBeGreaterThan(now.getTime());
    for (const model of models) {
      expect(model.regions.length, model.key).toBeGreaterThan(0);
      expect(await modelPriceAt(check, { modelId: model.id, at: now }), model.key).not.toBeNull();
    }
    const llama = models.find((m) => m.key === 'meta-llama/Llama-3.3-70B-Instruct')!;
    expect(await check.count(ModelPrice, { model: llama.id })).toBe(2);
    const big = models.find((m) => m.key === 'meta-llama/Llama-3.1-405B-Instruct')!;
    expect(
      big.regions
        .getItems()
        .map((r) => r.jurisdiction)
        .sort(),
    ).toEqual([Jurisdiction.EU, Jurisdiction.US]);

    const again = await seedCatalog(app.orm.em.fork(), { regions, gpuTypes });
    expect(again).toEqual({ models: 0, modelPrices: 0, gpuPrices: 0 });
  });
});
