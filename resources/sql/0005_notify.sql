-- Change notifications for live dashboards: one NOTIFY per statement (not per row) on
-- channel quotadesk_changed, payload = the table. Delivered on commit; listeners
-- debounce. Triggers add no column and change no row of the upstream tables.
CREATE FUNCTION quotadesk.notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('quotadesk_changed', TG_TABLE_NAME);
    RETURN NULL;
END
$$;

CREATE TRIGGER quotadesk_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON public.ai_provider_usage_logs
    FOR EACH STATEMENT EXECUTE FUNCTION quotadesk.notify_change();
CREATE TRIGGER quotadesk_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON public.ai_cache
    FOR EACH STATEMENT EXECUTE FUNCTION quotadesk.notify_change();
CREATE TRIGGER quotadesk_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON public.admin_action_logs
    FOR EACH STATEMENT EXECUTE FUNCTION quotadesk.notify_change();
CREATE TRIGGER quotadesk_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON public.subscriptions
    FOR EACH STATEMENT EXECUTE FUNCTION quotadesk.notify_change();
CREATE TRIGGER quotadesk_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON public.users
    FOR EACH STATEMENT EXECUTE FUNCTION quotadesk.notify_change();
CREATE TRIGGER quotadesk_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON quotadesk.quota_resets
    FOR EACH STATEMENT EXECUTE FUNCTION quotadesk.notify_change();
CREATE TRIGGER quotadesk_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON quotadesk.plan_limits
    FOR EACH STATEMENT EXECUTE FUNCTION quotadesk.notify_change();
