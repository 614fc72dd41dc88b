import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { Button } from '../ui/button';
import { humanize } from '../../lib/format';

export const UserMenuUser = graphql(`
  fragment UserMenuUser on User {
    id
    name
    email
  }
`);

export interface UserMenuProps {
  user: FragmentType<typeof UserMenuUser>;
  platformRoles: readonly string[];
  signingOut: boolean;
  onSignOut(): void;
}

/** Who is signed in, their platform role if staff, and the way out. */
export function UserMenu({ user, platformRoles, signingOut, onSignOut }: UserMenuProps) {
  const u = getFragmentData(UserMenuUser, user);
  return (
    <div className="user-menu">
      <div className="user-menu__who">
        <span className="user-menu__name">
          {u.name}
          {platformRoles.map((role) => (
            <span key={role} className="user-menu__role">
              {humanize(role)}
            </span>
          ))}
        </span>
        <span className="user-menu__email">{u.email}</span>
      </div>
      <Button variant="ghost" size="sm" className="btn--on-dark" onClick={onSignOut} loading={signingOut}>
        Sign out
      </Button>
    </div>
  );
}
