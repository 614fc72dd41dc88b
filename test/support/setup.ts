// Decorators read reflect-metadata's registry: load it before any entity or resolver.
import 'reflect-metadata';
