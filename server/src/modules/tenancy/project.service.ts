import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../lib/ids';
import { conflict } from '../../graphql/errors';
import { Project } from './project.entity';
import type { Organization } from './organization.entity';

export interface ProjectProps {
  name: string;
  slug: string;
  description?: string | null;
}

/** Creates a project; its slug is unique within the organization. */
export async function createProject(em: EntityManager, organization: Organization, props: ProjectProps): Promise<Project> {
  if (await em.count(Project, { organization, slug: props.slug })) {
    throw conflict(`The slug "${props.slug}" is taken in this organization.`, { field: 'input.slug' });
  }
  const project = em.create(Project, {
    id: newId('project'),
    organization,
    name: props.name,
    slug: props.slug,
    description: props.description ?? null,
  });
  em.persist(project);
  return project;
}

/** Changes a project's name or description (the slug stays: it is in URLs). */
export function updateProject(project: Project, props: Partial<Pick<ProjectProps, 'name' | 'description'>>): Project {
  if (props.name !== undefined) project.name = props.name;
  if (props.description !== undefined) project.description = props.description;
  return project;
}
