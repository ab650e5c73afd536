// Nest's decorators in the API's plugin list record their metadata through reflect-metadata.
import 'reflect-metadata';
