package org.dutyledger.dossier;

import java.io.IOException;

/**
 * One capability's share of an inspection package, implemented inside the capability that owns the rows (its
 * queries, its existing exports): the dossier only collects the files. Runs in the worker, acting as the requester,
 * inside a read transaction; what it writes must be exactly what the requester may read within the scope.
 */
public interface PackageContributor {

    /** The part this contributor writes (several contributors may write one part). */
    PackagePart part();

    void write(PackageScope scope, PackageOut out) throws IOException;
}
