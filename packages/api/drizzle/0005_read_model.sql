CREATE TABLE "read_model_versions" (
	"topic" text PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
INSERT INTO "read_model_versions" ("topic") VALUES ('crime-tables'), ('police-uk'), ('plan'), ('actions'), ('annual-returns'), ('case-reviews'), ('pspos'), ('settings'), ('organisations'), ('sessions');
--> statement-breakpoint
-- One version per topic of public data: every statement that writes a topic's table adds one
-- to it and notifies the API instances, in the writing transaction (see src/read-model/).
CREATE FUNCTION "read_model_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  bumped bigint;
BEGIN
  UPDATE "read_model_versions" SET "version" = "version" + 1 WHERE "topic" = TG_ARGV[0]
    RETURNING "version" INTO bumped;
  PERFORM pg_notify('csp_read_model', TG_ARGV[0] || ':' || bumped);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "crime_tables_read_model" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "crime_tables" FOR EACH STATEMENT EXECUTE FUNCTION "read_model_bump"('crime-tables');
--> statement-breakpoint
CREATE TRIGGER "crime_table_rows_read_model" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "crime_table_rows" FOR EACH STATEMENT EXECUTE FUNCTION "read_model_bump"('crime-tables');
--> statement-breakpoint
CREATE TRIGGER "police_uk_counts_read_model" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "police_uk_counts" FOR EACH STATEMENT EXECUTE FUNCTION "read_model_bump"('police-uk');
--> statement-breakpoint
CREATE TRIGGER "plans_read_model" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "plans" FOR EACH STATEMENT EXECUTE FUNCTION "read_model_bump"('plan');
--> statement-breakpoint
CREATE TRIGGER "plan_action_counts_read_model" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "plan_action_counts" FOR EACH STATEMENT EXECUTE FUNCTION "read_model_bump"('plan');
--> statement-breakpoint
CREATE TRIGGER "action_records_read_model" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "action_records" FOR EACH STATEMENT EXECUTE FUNCTION "read_model_bump"('actions');
--> statement-breakpoint
CREATE TRIGGER "asb_case_review_returns_read_model" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "asb_case_review_returns" FOR EACH STATEMENT EXECUTE FUNCTION "read_model_bump"('annual-returns');
--> statement-breakpoint
CREATE TRIGGER "asb_case_reviews_read_model" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "asb_case_reviews" FOR EACH STATEMENT EXECUTE FUNCTION "read_model_bump"('case-reviews');
--> statement-breakpoint
CREATE TRIGGER "asb_case_review_bodies_read_model" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "asb_case_review_bodies" FOR EACH STATEMENT EXECUTE FUNCTION "read_model_bump"('case-reviews');
--> statement-breakpoint
CREATE TRIGGER "asb_case_review_complaints_read_model" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "asb_case_review_complaints" FOR EACH STATEMENT EXECUTE FUNCTION "read_model_bump"('case-reviews');
--> statement-breakpoint
CREATE TRIGGER "asb_case_review_events_read_model" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "asb_case_review_events" FOR EACH STATEMENT EXECUTE FUNCTION "read_model_bump"('case-reviews');
--> statement-breakpoint
CREATE TRIGGER "pspos_read_model" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "pspos" FOR EACH STATEMENT EXECUTE FUNCTION "read_model_bump"('pspos');
--> statement-breakpoint
CREATE TRIGGER "app_settings_read_model" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "app_settings" FOR EACH STATEMENT EXECUTE FUNCTION "read_model_bump"('settings');
--> statement-breakpoint
CREATE TRIGGER "organisations_read_model" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "organisations" FOR EACH STATEMENT EXECUTE FUNCTION "read_model_bump"('organisations');
--> statement-breakpoint
CREATE TRIGGER "users_read_model" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "users" FOR EACH STATEMENT EXECUTE FUNCTION "read_model_bump"('sessions');
--> statement-breakpoint
CREATE TRIGGER "api_tokens_read_model" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "api_tokens" FOR EACH STATEMENT EXECUTE FUNCTION "read_model_bump"('sessions');
