// fetch-only
