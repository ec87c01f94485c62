-- The plan of every user (quotadesk.user_limits) picks, per user, the active subscription,
-- else the newest: a DISTINCT ON over all subscriptions, which sorted every one of them on
-- each overview and Quotas page query (measured at 100,000 users: 140 ms of the
-- overview). This index holds them in exactly that order, with the columns the view reads,
-- so the pick is an index-only scan, and one user's plan a single index probe.
-- An index only: the upstream table itself is not changed. Built and dropped CONCURRENTLY,
-- after this migration's transaction, in this order: subscriptions stay writable.
CREATE INDEX CONCURRENTLY IF NOT EXISTS qd_subscriptions_user_pick
    ON public.subscriptions (user_id, (coalesce(status = 'active', false)) DESC, id DESC)
    INCLUDE (status, plan_id);
-- Superseded: every lookup by user_id can use the new index's leading column.
DROP INDEX CONCURRENTLY IF EXISTS public.qd_subscriptions_user;
