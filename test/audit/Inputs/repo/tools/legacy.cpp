// Not in the compilation database: read with the grammar only.
// ZFN-3 carve-out: the lab network; test traffic only
int legacy();
