import { Migration } from '@mikro-orm/migrations';

/**
 * A finalized invoice is never edited (DESIGN.md rule 4), whoever writes: the database refuses any
 * change to a FINALIZED invoice but voiding it (status, voided_at, void_reason), any change to a
 * VOID one, deleting either, and any change to the lines of an invoice that is not a DRAFT.
 */
export class Migration20261204011500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function invoices_immutable() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and old.status = 'FINALIZED' and new.status = 'VOID'
     and (to_jsonb(new) - array['status', 'voided_at', 'void_reason', 'updated_at'])
       = (to_jsonb(old) - array['status', 'voided_at', 'void_reason', 'updated_at']) then
    return new;
  end if;
  raise exception 'invoice % is %: it never changes (void and re-issue it instead)', old.id, old.status
    using errcode = 'check_violation';
end $$;`);
    this.addSql(
      `create trigger invoices_immutable before update or delete on invoices for each row when (old.status <> 'DRAFT') execute function invoices_immutable();`,
    );
    this.addSql(`create function invoice_lines_immutable() returns trigger language plpgsql as $$
declare
  target text := case when tg_op = 'INSERT' then new.invoice_id else old.invoice_id end;
  state text;
begin
  select status into state from invoices where id = target;
  if state is not null and state <> 'DRAFT' then
    raise exception 'invoice % is %: its lines never change', target, state using errcode = 'check_violation';
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end $$;`);
    this.addSql(
      `create trigger invoice_lines_immutable before insert or update or delete on invoice_lines for each row execute function invoice_lines_immutable();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists invoice_lines_immutable on invoice_lines;`);
    this.addSql(`drop function if exists invoice_lines_immutable();`);
    this.addSql(`drop trigger if exists invoices_immutable on invoices;`);
    this.addSql(`drop function if exists invoices_immutable();`);
  }
}
