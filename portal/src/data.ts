import { useCallback, useEffect, useState } from 'react';
import { api, call, type Schemas } from './api.js';

/** The signed-in operator's applications (one short list, not paginated by the API). */
export function useApplications() {
  const [apps, setApps] = useState<Schemas['ApplicationResponseDto'][]>([]);
  const [error, setError] = useState<string>();
  const reload = useCallback(() => {
    call(api.GET('/api/v1/applications')).then(
      (list) => {
        setApps(list);
        setError(undefined);
      },
      (failure: Error) => setError(failure.message),
    );
  }, []);
  useEffect(reload, [reload]);
  return { apps, error, reload };
}

export function useOrganizations() {
  const [orgs, setOrgs] = useState<Schemas['MembershipResponseDto'][]>([]);
  const [error, setError] = useState<string>();
  useEffect(() => {
    call(api.GET('/api/v1/organizations')).then(setOrgs, (failure: Error) => setError(failure.message));
  }, []);
  return { orgs, error };
}
