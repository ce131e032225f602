/**
 * A local stand-in for MongoDB, for the local run and tests only: {@link io.parley.devmongo.DevMongo} serves
 * the MongoDB wire protocol with mongo-java-server, keeping data in an H2 MVStore file so that it survives a
 * restart (or in memory when asked). Production runs a real MongoDB replica set; nothing here is deployed.
 */
package io.parley.devmongo;
