import { runAction } from './action';

// The runner executes this file directly; runAction reports every failure through core.setFailed.
void runAction();
