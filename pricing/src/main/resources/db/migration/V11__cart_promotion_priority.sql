-- Order in which stackable cart-level promotions apply (lower first), and which one an exclusive cart keeps.
ALTER TABLE promotion ADD COLUMN priority integer NOT NULL DEFAULT 100 CHECK (priority BETWEEN 0 AND 1000);
