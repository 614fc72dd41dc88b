import { describe, expect, it } from 'vitest';
import {
  commandArgs,
  durationSeconds,
  emptyJobForm,
  formFieldOf,
  newIdempotencyKey,
  quotePlan,
  submitJobInput,
  validateJobForm,
  type JobFormValues,
} from './job-form';

const valid = (overrides: Partial<JobFormValues> = {}): JobFormValues =>
  emptyJobForm({
    name: 'finetune',
    runMode: 'image',
    image: 'registry.example/team/train:1.4',
    command: 'python\ntrain.py\n\n  --epochs=3  ',
    gpuTypeIds: ['gpu_h100', 'gpu_h200'],
    gpusPerNode: '8',
    nodes: '2',
    regionIds: ['reg_eu'],
    capacityClass: 'SPOT',
    maxDurationHours: '1.5',
    environment: [
      { key: 'a', name: 'WANDB_API_KEY', value: 's3cret' },
      { key: 'b', name: '', value: '' },
      { key: 'c', name: 'EPOCHS', value: '3' },
    ],
    requeueOnPreemption: true,
    ...overrides,
  });

describe('validateJobForm', () => {
  it('accepts a complete form', () => {
    expect(validateJobForm(valid())).toEqual({});
  });

  it('asks for a name, something to run, a GPU type and a duration', () => {
    const errors = validateJobForm(emptyJobForm({ maxDurationHours: '' }));
    expect(errors.name).toMatch(/Name the job/);
    expect(errors.image).toBe('Enter the container image to run.');
    expect(errors.gpuTypeIds).toBe('Choose at least one GPU type.');
    expect(errors.maxDuration).toMatch(/how long/);
    expect(validateJobForm(valid({ runMode: 'script', script: '   ' })).script).toBe('Enter the script to run.');
  });

  it('checks the server’s limits before sending', () => {
    expect(validateJobForm(valid({ name: 'x'.repeat(121) })).name).toMatch(/at most 120/);
    expect(validateJobForm(valid({ image: 'not an image!' })).image).toMatch(/image reference/);
    expect(validateJobForm(valid({ gpusPerNode: '0' })).gpusPerNode).toMatch(/From 1 to 1,024/);
    expect(validateJobForm(valid({ gpusPerNode: '1.5' })).gpusPerNode).toMatch(/whole number/);
    expect(validateJobForm(valid({ nodes: '257' })).nodes).toMatch(/From 1 to 256/);
    expect(validateJobForm(valid({ maxDurationHours: '0.01' })).maxDuration).toMatch(/At least one minute/);
    expect(validateJobForm(valid({ maxDurationHours: '721' })).maxDuration).toMatch(/At most 720 hours/);
    expect(validateJobForm(valid({ maxDurationHours: 'two' })).maxDuration).toMatch(/number of hours/);
    expect(validateJobForm(valid({ command: Array.from({ length: 101 }, () => 'x').join('\n') })).command).toMatch(/At most 100/);
    expect(validateJobForm(valid({ runMode: 'script', script: 'x'.repeat(64 * 1024 + 1) })).script).toMatch(/65,537 bytes/);
    expect(validateJobForm(valid({ gpuTypeIds: Array.from({ length: 11 }, (_, i) => `gpu_${i}`) })).gpuTypeIds).toMatch(/at most 10/);
  });

  it('checks environment variable names per row, and skips empty rows', () => {
    const env = [
      { key: 'a', name: '1BAD', value: 'x' },
      { key: 'b', name: '', value: '' },
      { key: 'c', name: 'OK', value: '1' },
      { key: 'd', name: 'OK', value: '2' },
      { key: 'e', name: '', value: 'orphan' },
    ];
    const errors = validateJobForm(valid({ environment: env }));
    expect(errors['env.0.name']).toMatch(/Letters, digits and _/);
    expect(errors['env.1.name']).toBeUndefined();
    expect(errors['env.2.name']).toBeUndefined();
    expect(errors['env.3.name']).toBe('OK is already set above.');
    expect(errors['env.4.name']).toBe('Name the variable.');
  });
});

describe('submitJobInput', () => {
  it('sends the image with its arguments, the numbers as numbers, and only filled variables', () => {
    expect(submitJobInput(valid(), 'prj_1', 'console-k')).toEqual({
      projectId: 'prj_1',
      name: 'finetune',
      image: 'registry.example/team/train:1.4',
      command: ['python', 'train.py', '--epochs=3'],
      script: null,
      gpuTypeIds: ['gpu_h100', 'gpu_h200'],
      gpusPerNode: 8,
      nodes: 2,
      vcpusPerNode: null,
      memoryGibPerNode: null,
      regionIds: ['reg_eu'],
      capacityClass: 'SPOT',
      maxDurationSeconds: 5400,
      environment: [
        { name: 'WANDB_API_KEY', value: 's3cret' },
        { name: 'EPOCHS', value: '3' },
      ],
      requeueOnPreemption: true,
      idempotencyKey: 'console-k',
    });
  });

  it('sends a script without image or command, and leaves empty lists out', () => {
    const input = submitJobInput(
      valid({ runMode: 'script', script: '#!/bin/bash\necho hi', regionIds: [], environment: [] }),
      'prj_1',
      'k',
    );
    expect(input).toMatchObject({ image: null, command: null, script: '#!/bin/bash\necho hi', regionIds: null, environment: null });
  });

  it('sends CPU and memory per node as numbers when given, null (the pool’s share) when left empty', () => {
    expect(submitJobInput(valid({ vcpusPerNode: ' 24 ', memoryGibPerNode: '0.5' }), 'prj_1', 'k')).toMatchObject({
      vcpusPerNode: 24,
      memoryGibPerNode: 0.5,
    });
    expect(validateJobForm(valid({ vcpusPerNode: 'lots' })).vcpusPerNode).toMatch(/number of vCPUs/);
    expect(validateJobForm(valid({ vcpusPerNode: '-2' })).vcpusPerNode).toMatch(/number of vCPUs/);
    expect(validateJobForm(valid({ memoryGibPerNode: '70000' })).memoryGibPerNode).toBe('At most 65,536 GiB.');
    expect(formFieldOf('input.vcpusPerNode', valid())).toBe('vcpusPerNode');
  });

  it('reads the command one argument per line and hours as whole seconds', () => {
    expect(commandArgs('  a \n\n b c\n')).toEqual(['a', 'b c']);
    expect(durationSeconds('0.5')).toBe(1800);
    expect(durationSeconds('.25')).toBe(900);
    expect(durationSeconds('2')).toBe(7200);
    expect(durationSeconds('1e3')).toBeUndefined();
    expect(durationSeconds('')).toBeUndefined();
  });
});

describe('quotePlan', () => {
  it('prices each acceptable GPU type for all the GPUs over the max duration', () => {
    const plan = quotePlan(valid(), 'org_1', 'prj_1');
    expect(plan.kind).toBe('ready');
    if (plan.kind !== 'ready') return;
    expect(plan.inputs).toEqual([
      {
        organizationId: 'org_1',
        projectId: 'prj_1',
        gpuTypeId: 'gpu_h100',
        gpus: 16,
        nodes: 2,
        regionIds: ['reg_eu'],
        priceClass: 'SPOT',
        hours: 1.5,
      },
      {
        organizationId: 'org_1',
        projectId: 'prj_1',
        gpuTypeId: 'gpu_h200',
        gpus: 16,
        nodes: 2,
        regionIds: ['reg_eu'],
        priceClass: 'SPOT',
        hours: 1.5,
      },
    ]);
  });

  it('waits for what it needs, ignoring the rest of the form (a missing name does not stop the price)', () => {
    expect(quotePlan(valid({ name: '', gpuTypeIds: [] }), 'o', 'p')).toEqual({ kind: 'incomplete', missing: 'a GPU type' });
    expect(quotePlan(valid({ name: '', gpusPerNode: '' }), 'o', 'p')).toEqual({
      kind: 'incomplete',
      missing: 'the number of GPUs and nodes',
    });
    expect(quotePlan(valid({ maxDurationHours: 'x' }), 'o', 'p')).toEqual({ kind: 'incomplete', missing: 'a maximum duration' });
    expect(quotePlan(valid({ name: '' }), 'o', 'p').kind).toBe('ready');
  });

  it('has nothing to price for the owner’s internal work', () => {
    expect(quotePlan(valid({ capacityClass: 'INTERNAL' }), 'o', 'p')).toEqual({ kind: 'internal' });
  });
});

describe('formFieldOf', () => {
  it('puts the server’s field errors on the form’s fields', () => {
    const values = valid();
    expect(formFieldOf('input.gpusPerNode', values)).toBe('gpusPerNode');
    expect(formFieldOf('gpusPerNode', values)).toBe('gpusPerNode');
    expect(formFieldOf('input.maxDurationSeconds', values)).toBe('maxDuration');
    expect(formFieldOf('input.gpuTypeIds.1', values)).toBe('gpuTypeIds');
    expect(formFieldOf('input.regionIds.0', values)).toBe('regionIds');
    expect(formFieldOf('input.command.2', values)).toBe('command');
    expect(formFieldOf('input.command', valid({ runMode: 'script' }))).toBe('script');
    expect(formFieldOf('input.environment', values)).toBe('environment');
  });

  it('maps a variable’s index in what was sent to its row on the form (empty rows are not sent)', () => {
    // Rows: 0 WANDB_API_KEY, 1 empty, 2 EPOCHS: the server's environment.1 is the form's row 2.
    expect(formFieldOf('input.environment.1.name', valid())).toBe('env.2.name');
    expect(formFieldOf('input.environment.0.value', valid())).toBe('env.0.value');
    expect(formFieldOf('input.environment.9.name', valid())).toBe('environment');
  });

  it('leaves what is not a field of the form to the form’s message', () => {
    expect(formFieldOf('input.projectId', valid())).toBeUndefined();
    expect(formFieldOf('input.idempotencyKey', valid())).toBeUndefined();
    expect(formFieldOf(undefined, valid())).toBeUndefined();
  });
});

describe('newIdempotencyKey', () => {
  it('is a fresh printable key each time, within the server’s rules', () => {
    const a = newIdempotencyKey();
    expect(a).toMatch(/^console-[0-9a-f]{32}$/);
    expect(newIdempotencyKey()).not.toBe(a);
    expect(newIdempotencyKey((b) => b.fill(255))).toBe(`console-${'ff'.repeat(16)}`);
  });
});
