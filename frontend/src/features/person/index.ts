export { usePerson, getPerson, personQuery } from './api/get-person';
export { usePeople } from './api/list-people';
export { personKeys } from './api/keys';
export { PersonSelect, type PersonOption } from './components/PersonSelect';
