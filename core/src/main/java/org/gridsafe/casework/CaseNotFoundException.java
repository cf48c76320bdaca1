package org.gridsafe.casework;

/** No case has the id the command names. */
public final class CaseNotFoundException extends CaseworkException {

    private static final long serialVersionUID = 1L;

    public CaseNotFoundException(Rejection rejection) {
        super(rejection);
    }
}
