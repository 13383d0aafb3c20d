-- A referral names the referring opportunity always (the referrer's account only when it has one).
ALTER TABLE leads ADD COLUMN referred_by_opportunity_id uuid;
