import { scheduleJobsJob } from '@headroom/server';
import { defineHandler } from '../handler';
import { runPassesWhileDirty } from '../scheduling-passes';

/** Scheduling passes, when work was submitted, cancelled or ended (see `runPassesWhileDirty`). */
export const scheduleJobsHandler = defineHandler(scheduleJobsJob, (_payload, { em, deps }) => runPassesWhileDirty(em, deps));
