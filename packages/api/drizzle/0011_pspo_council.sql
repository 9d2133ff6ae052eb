ALTER TABLE "pspos" ADD COLUMN "council_id" uuid;--> statement-breakpoint
ALTER TABLE "pspos" ADD CONSTRAINT "pspos_council_id_organisations_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Orders stored before the council was kept: their creator's organisation, when it is a council
-- (otherwise null, and only admins may extend the order).
UPDATE "pspos" SET "council_id" = "users"."organisation_id"
  FROM "users" JOIN "organisations" ON "organisations"."id" = "users"."organisation_id"
  WHERE "users"."id" = "pspos"."created_by" AND "organisations"."kind" = 'council';
