import { DatasetLoad } from './db/dataset-load.entity';
import { Source } from './participation/source.entity';
import { State } from './participation/state.entity';
import { TreatyAction } from './participation/treaty-action.entity';

/** Every entity of the hub; the ORM, the migration check and the CLI use this list. */
export const entities = [DatasetLoad, Source, State, TreatyAction];
