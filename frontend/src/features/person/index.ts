export { usePerson, getPerson, personQuery } from './api/get-person';
export { personKeys } from './api/keys';
export { PersonSelect, type PersonOption } from './components/PersonSelect';
