-- Business data jaga holds itself: businesses, the platform accounts that
-- may ask about them (with a role each), cash accounts, counterparties,
-- inventory, transactions, invoices, employees and payroll. Only aggregates
-- of these tables ever reach the assistant. Records carry the importer's ref
-- (unique per business), so a re-import replaces rather than duplicates.

CREATE TABLE businesses (
    id            bigint PRIMARY KEY,
    name          text NOT NULL,
    currency      text NOT NULL DEFAULT 'IDR',
    time_zone     text NOT NULL DEFAULT 'Asia/Jakarta',
    sample_as_of  timestamptz,
    imported_at   timestamptz NOT NULL
);

-- Platform accounts: people with a login on the host platform.
CREATE TABLE business_accounts (
    id     bigint PRIMARY KEY,
    name   text NOT NULL,
    phone  text NOT NULL DEFAULT '',
    email  text NOT NULL DEFAULT ''
);

CREATE TABLE business_members (
    business_id  bigint NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    account_id   bigint NOT NULL REFERENCES business_accounts (id),
    role         text NOT NULL CHECK (role IN ('owner', 'manager', 'finance', 'staff', 'investor')),
    PRIMARY KEY (business_id, account_id)
);
CREATE INDEX business_members_account_idx ON business_members (account_id);

CREATE TABLE business_cash_accounts (
    id               bigserial PRIMARY KEY,
    business_id      bigint NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    ref              text NOT NULL,
    label            text NOT NULL,
    opening_balance  bigint NOT NULL DEFAULT 0,
    UNIQUE (business_id, ref)
);

CREATE TABLE business_parties (
    id           bigserial PRIMARY KEY,
    business_id  bigint NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    ref          text NOT NULL,
    kind         text NOT NULL CHECK (kind IN ('person', 'org')),
    type         text NOT NULL CHECK (type IN ('customer', 'supplier')),
    name         text NOT NULL,
    phone        text NOT NULL DEFAULT '',
    email        text NOT NULL DEFAULT '',
    UNIQUE (business_id, ref)
);

CREATE TABLE business_items (
    id             bigserial PRIMARY KEY,
    business_id    bigint NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    ref            text NOT NULL,
    name           text NOT NULL,
    unit           text NOT NULL DEFAULT '',
    stock          bigint NOT NULL DEFAULT 0,
    reorder_level  bigint NOT NULL DEFAULT 0,
    price          bigint NOT NULL DEFAULT 0,
    UNIQUE (business_id, ref)
);
-- Low stock reads only items that have a reorder level.
CREATE INDEX business_items_reorder_idx ON business_items (business_id) WHERE reorder_level > 0;

-- Transactions reference cash accounts, parties and items by id (0 for
-- none) without foreign keys: an import replaces them all in one
-- transaction, and the checks would only slow it down.
CREATE TABLE business_transactions (
    id               bigserial PRIMARY KEY,
    business_id      bigint NOT NULL,
    ref              text NOT NULL,
    occurred_at      timestamptz NOT NULL,
    occurred_day     timestamptz NOT NULL, -- the start of occurred_at's day in the business's time zone
    cash_account_id  bigint NOT NULL,
    amount           bigint NOT NULL,
    category         text NOT NULL,
    party_id         bigint NOT NULL DEFAULT 0,
    item_id          bigint NOT NULL DEFAULT 0,
    quantity         bigint NOT NULL DEFAULT 0,
    note             text NOT NULL DEFAULT '',
    UNIQUE (business_id, ref)
);
-- Period totals, top expenses, top products and recent transactions read a
-- date range of one business; the included columns let them skip the heap.
CREATE INDEX business_transactions_time_idx ON business_transactions (business_id, occurred_at, id)
    INCLUDE (amount, category, item_id, quantity, party_id);

-- Daily totals per cash account, rebuilt by every import: period totals
-- and cash balances read a few hundred of these rows instead of every
-- transaction. Revenue and expenses leave out transfers between the
-- business's own accounts; flow is every amount, transfers included.
CREATE TABLE business_daily_totals (
    business_id      bigint NOT NULL,
    day              timestamptz NOT NULL,
    cash_account_id  bigint NOT NULL,
    revenue          bigint NOT NULL,
    expenses         bigint NOT NULL,
    flow             bigint NOT NULL,
    PRIMARY KEY (business_id, day, cash_account_id)
);
CREATE INDEX business_daily_totals_cash_idx ON business_daily_totals (cash_account_id, day);

CREATE TABLE business_invoices (
    id           bigserial PRIMARY KEY,
    business_id  bigint NOT NULL,
    ref          text NOT NULL,
    party_id     bigint NOT NULL,
    amount       bigint NOT NULL,
    issued_at    timestamptz,
    due_at       timestamptz NOT NULL,
    status       text NOT NULL CHECK (status IN ('unpaid', 'paid', 'void')),
    UNIQUE (business_id, ref)
);
CREATE INDEX business_invoices_unpaid_idx ON business_invoices (business_id, due_at) INCLUDE (amount) WHERE status = 'unpaid';

CREATE TABLE business_employees (
    id           bigserial PRIMARY KEY,
    business_id  bigint NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    ref          text NOT NULL,
    name         text NOT NULL,
    phone        text NOT NULL DEFAULT '',
    email        text NOT NULL DEFAULT '',
    position     text NOT NULL DEFAULT '',
    salary       bigint NOT NULL DEFAULT 0,
    account_id   bigint NOT NULL DEFAULT 0,
    UNIQUE (business_id, ref)
);

CREATE TABLE business_payroll_runs (
    id           bigserial PRIMARY KEY,
    business_id  bigint NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    ref          text NOT NULL,
    period       text NOT NULL,
    paid_at      timestamptz NOT NULL,
    UNIQUE (business_id, ref)
);
CREATE INDEX business_payroll_runs_paid_idx ON business_payroll_runs (business_id, paid_at, id);

CREATE TABLE business_payroll_lines (
    run_id       bigint NOT NULL REFERENCES business_payroll_runs (id) ON DELETE CASCADE,
    employee_id  bigint NOT NULL,
    amount       bigint NOT NULL,
    PRIMARY KEY (run_id, employee_id)
);
