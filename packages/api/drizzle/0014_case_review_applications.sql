-- Applications made online by the public: no user records them, so the creator may be empty.
ALTER TABLE "asb_case_reviews" ALTER COLUMN "created_by" DROP NOT NULL;--> statement-breakpoint
-- When `csp case-reviews purge` erased the case's personal data (null: still held).
ALTER TABLE "asb_case_reviews" ADD COLUMN "personal_erased_at" timestamp with time zone;--> statement-breakpoint
CREATE TABLE "asb_case_review_applications" (
	"case_review_id" uuid PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"code_hash" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "asb_case_review_applications" ADD CONSTRAINT "asb_case_review_applications_case_review_id_asb_case_reviews_id_fk" FOREIGN KEY ("case_review_id") REFERENCES "public"."asb_case_reviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "asb_case_review_applications_reference_key" ON "asb_case_review_applications" USING btree ("reference");
