import { runAction } from './action';
import { tuneHeap } from './heap';

tuneHeap();

// The runner executes this file directly; runAction reports every failure through core.setFailed.
void runAction();
